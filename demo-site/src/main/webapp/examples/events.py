# playground: page
# Event handlers: Python functions handling input and keydown events of a text field on the page.
import js

panel = js.document.getElementById("dom-panel")
field = js.document.createElement("input")
field.id = "name-field"
field.placeholder = "Type your name, then Enter"
echo = js.document.createElement("p")
echo.id = "echo"
panel.append(field, echo)


def on_input(event):
    text = event.target.value
    echo.textContent = f"{text.upper()!r} has {len(text)} characters" if text else ""


def on_key(event):
    if event.key == "Enter":
        print(f"Hello, {event.target.value}!")
        event.target.value = ""


field.addEventListener("input", on_input)
field.addEventListener("keydown", on_key)
print("Events are wired: type in the field above.")
