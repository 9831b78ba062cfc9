import datetime, _datetime, pickle, sys
print(datetime.date is _datetime.date, datetime.date.__module__, repr(datetime.date(2020,1,2)))
print(_datetime.__doc__, datetime.__doc__[:30])
print(pickle.loads(pickle.dumps(datetime.datetime(2020,1,2,3,4))), datetime.timezone.utc)
print(datetime.datetime.strptime("2020-03-04", "%Y-%m-%d"))
