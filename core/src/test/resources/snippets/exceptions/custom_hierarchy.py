# user exception hierarchies and except ordering
class AppError(Exception): pass
class NotFound(AppError): pass
class Denied(AppError): pass
def handle(e):
    try:
        raise e
    except NotFound:
        return "not found"
    except AppError as err:
        return "app error " + type(err).__name__
    except Exception:
        return "other"
print(handle(NotFound()), handle(Denied()), handle(KeyError()))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
