# playground: page
# DOM from Python: a counter button. The "# playground: page" line above runs this program on
# the page itself (not in the worker), so js.document is this page and the button appears above
# the output.
import js

panel = js.document.getElementById("dom-panel")
button = js.document.createElement("button")
button.id = "counter"
label = js.document.createElement("span")
label.id = "count"
count = 0


def render():
    button.textContent = f"Clicked {count} times"
    label.textContent = "even" if count % 2 == 0 else "odd"


def on_click(event):
    global count
    count += 1
    render()
    print("click", count)


button.addEventListener("click", on_click)
panel.append(button, label)
render()
print("Click the button!")
