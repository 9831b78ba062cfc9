# non-ASCII source lines in a traceback
名前 = "テスト"
print(名前)
値 = {"キー": 1}
print(値["ない"])
