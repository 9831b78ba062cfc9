# Start-up only: the runtime starts, runs one print and stops.
print("started")
