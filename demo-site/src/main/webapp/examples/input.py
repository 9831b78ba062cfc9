# input(): the program waits while you answer in the field under the output
name = input("What is your name? ")
age = int(input("How old are you? "))
print(f"Hello, {name}! In ten years you will be {age + 10}.")
print("Your name backwards:", name[::-1])
