# async/await with js.fetch: a coroutine left as the last expression is awaited by the playground
# on the JavaScript event loop; it fetches a file served next to this page.
import json

import js


async def sleep(seconds):
    await js.Promise.new(lambda resolve, reject: js.setTimeout(resolve, seconds * 1000))


async def load(url):
    response = await js.fetch(url)
    if not response.ok:
        raise OSError(f"{url}: HTTP {response.status}")
    return json.loads(await response.text())


async def main():
    print("fetching examples/data/planets.json ...")
    data = await load("examples/data/planets.json")
    await sleep(0.1)
    for planet in sorted(data["planets"], key=lambda p: p["moons"], reverse=True):
        print(f"{planet['name']:8} {planet['moons']:3} moons")
    print("total moons:", sum(p["moons"] for p in data["planets"]))


main()
