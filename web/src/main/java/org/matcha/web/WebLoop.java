package org.matcha.web;

import org.matcha.modules.js.JsInterop;
import org.matcha.objects.PyDict;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyStr;
import org.matcha.vm.CompileSupport;
import org.matcha.vm.Interpreter;

/**
 * asyncio on the JavaScript event loop: the Python module {@code _matcha_webloop}, installed on the
 * first runPythonAsync (so that a page that never uses asyncio does not import it at startup).
 * Its WebLoop runs every callback from a JS timer, so {@code await asyncio.sleep(1)} leaves the
 * page responsive and tasks keep running between runPython calls; awaiting a JS promise inside a
 * task waits on an asyncio Future the promise settles. Pyodide's counterpart: webloop.py.
 */
final class WebLoop {
    private WebLoop() {}

    static final String SOURCE = """
            import sys
            import time
            from asyncio import events, futures, tasks
            import asyncio
            import _matcha_jsloop


            class WebLoop(asyncio.AbstractEventLoop):
                \"""An event loop whose callbacks run from JavaScript timers. It never blocks and is
                always running; run_until_complete and run_forever cannot work in a page.\"""

                def __init__(self):
                    self._closed = False
                    self._debug = False
                    self._exception_handler = None
                    self._task_factory = None

                def _schedule(self, handle, delay):
                    def fire():
                        if handle._cancelled:
                            return
                        saved = events._get_running_loop()
                        events._set_running_loop(self)
                        try:
                            handle._run()
                        finally:
                            events._set_running_loop(saved)
                            for stream in (sys.stdout, sys.stderr):
                                try:
                                    stream.flush()
                                except Exception:
                                    pass
                    _matcha_jsloop.set_timeout(fire, max(0.0, delay) * 1000.0)

                def call_soon(self, callback, *args, context=None):
                    handle = events.Handle(callback, args, self, context)
                    self._schedule(handle, 0)
                    return handle

                def call_soon_threadsafe(self, callback, *args, context=None):
                    return self.call_soon(callback, *args, context=context)

                def call_later(self, delay, callback, *args, context=None):
                    return self.call_at(self.time() + delay, callback, *args, context=context)

                def call_at(self, when, callback, *args, context=None):
                    handle = events.TimerHandle(when, callback, args, self, context)
                    self._schedule(handle, when - self.time())
                    return handle

                def _timer_handle_cancelled(self, handle):
                    pass

                def time(self):
                    return time.monotonic()

                def create_future(self):
                    return futures.Future(loop=self)

                def create_task(self, coro, *, name=None, context=None):
                    if self._task_factory is None:
                        task = tasks.Task(coro, loop=self, name=name, context=context)
                    else:
                        if context is None:
                            task = self._task_factory(self, coro)
                        else:
                            task = self._task_factory(self, coro, context=context)
                        if name is not None:
                            task.set_name(name)
                    return task

                def run_in_executor(self, executor, func, *args):
                    future = self.create_future()
                    try:
                        future.set_result(func(*args))
                    except BaseException as e:
                        future.set_exception(e)
                    return future

                def _not_in_a_page(self, *args, **kwargs):
                    raise RuntimeError("the browser's event loop is JavaScript's: await the coroutine"
                                       " (top-level await in runPythonAsync) instead")

                run_until_complete = _not_in_a_page
                run_forever = _not_in_a_page

                def is_running(self):
                    return True

                def stop(self):
                    pass

                def is_closed(self):
                    return self._closed

                def close(self):
                    self._closed = True

                async def shutdown_asyncgens(self):
                    pass

                async def shutdown_default_executor(self):
                    pass

                def get_debug(self):
                    return self._debug

                def set_debug(self, enabled):
                    self._debug = enabled

                def get_task_factory(self):
                    return self._task_factory

                def set_task_factory(self, factory):
                    self._task_factory = factory

                def get_exception_handler(self):
                    return self._exception_handler

                def set_exception_handler(self, handler):
                    self._exception_handler = handler

                def default_exception_handler(self, context):
                    message = context.get("message") or "Unhandled exception in event loop"
                    exc = context.get("exception")
                    if exc is not None:
                        import traceback
                        message += "\\n" + "".join(traceback.format_exception(exc)).rstrip()
                    print(message, file=sys.stderr)

                def call_exception_handler(self, context):
                    try:
                        if self._exception_handler is None:
                            self.default_exception_handler(context)
                        else:
                            self._exception_handler(self, context)
                    except BaseException as e:
                        print("Exception in the event loop's exception handler:", repr(e), file=sys.stderr)


            LOOP = WebLoop()


            class WebLoopPolicy(asyncio.DefaultEventLoopPolicy):
                \"""asyncio.get_event_loop() outside a task gives the page's WebLoop.\"""

                def get_event_loop(self):
                    return LOOP


            asyncio.set_event_loop_policy(WebLoopPolicy())


            def await_promise(promise):
                \"""JsProxy.__await__ inside a WebLoop task: an asyncio Future the promise settles.\"""
                if events._get_running_loop() is not LOOP:
                    return None
                future = LOOP.create_future()

                def fulfilled(value):
                    if not future.done():
                        future.set_result(value)

                def rejected(reason):
                    if not future.done():
                        future.set_exception(_matcha_jsloop.js_exception(reason))

                promise.then(fulfilled, rejected)
                return future


            async def run_code(body, value, namespace):
                \"""runPythonAsync: run the statements, then give the last expression's value;
                code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT that awaits runs as a coroutine.\"""
                result = eval(body, namespace)
                if body.co_flags & 0x80:
                    await result
                if value is None:
                    return None
                result = eval(value, namespace)
                if value.co_flags & 0x80:
                    result = await result
                return result


            def to_promise(future):
                \"""A JS Promise settled by an asyncio future: fulfilled with its result, rejected with
                its exception (the page turns it into a PythonError).\"""
                def executor(resolve, reject):
                    def done(f):
                        if f.cancelled():
                            reject(asyncio.CancelledError())
                        elif f.exception() is not None:
                            reject(f.exception())
                        else:
                            resolve(f.result())
                    future.add_done_callback(done)
                return _matcha_jsloop.new_promise(executor)


            def run_async(body, value, namespace):
                return to_promise(LOOP.create_task(run_code(body, value, namespace)))
            """;

    private static PyDict namespace;

    /** The module's namespace, created on first use. */
    static PyDict namespace(Interpreter interp) {
        if (namespace == null) {
            interp.modules.setItem("_matcha_jsloop", JsInterop.jsLoopModule());
            PyModule m = new PyModule("_matcha_webloop");
            m.dict.setItem("__builtins__", interp.builtinsModule);
            interp.modules.setItem("_matcha_webloop", m);
            interp.runCode(CompileSupport.compile(SOURCE, "<matcha webloop>", "exec"), m.dict, m.dict);
            JsInterop.promiseAwaiter = m.dict.getItem("await_promise");
            namespace = m.dict;
        }
        return namespace;
    }

    static PyObject get(Interpreter interp, String name) {
        return namespace(interp).getItem(PyStr.of(name));
    }
}
