# SystemExit raised directly
print("start")
raise SystemExit(4)
