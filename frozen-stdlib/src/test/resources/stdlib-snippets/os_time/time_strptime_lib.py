# time.strptime delegates to Lib's _strptime
import time

def attempt(*args):
    try:
        print(repr(time.strptime(*args)))
    except Exception as e:
        print(type(e).__name__, e)
attempt('2020-03-05', '%Y-%m-%d')
attempt('5 Mar 2021 13:14:15', '%d %b %Y %H:%M:%S')
attempt('Thursday 1 January 1970', '%A %d %B %Y')
attempt('x', '%Y')
attempt(1, '%Y')
attempt('2020')
attempt('12:30 PM', '%I:%M %p')
attempt('2020 +0130', '%Y %z')
attempt('366 2020', '%j %Y')
