package org.matcha.modules;

import org.matcha.annotations.PyMethod;
import org.matcha.annotations.PyModuleDef;
import org.matcha.objects.Abstract;
import org.matcha.objects.Errors;
import org.matcha.objects.PyList;
import org.matcha.objects.PyModule;
import org.matcha.objects.PyObject;
import org.matcha.objects.PyNone;
import org.matcha.objects.PyStr;

/**
 * The _heapq module: the heap functions of Lib/heapq.py over a plain list. CPython:
 * Modules/_heapqmodule.c. A comparison may run Python code that mutates the heap, so the list's items
 * array is re-read after every comparison and a changed size is a RuntimeError.
 */
@PyModuleDef(name = "_heapq")
public final class HeapqModule {
    private HeapqModule() {}

    public static void init(PyModule m) {
        m.add("__doc__", PyStr.of("Heap queue algorithm (a.k.a. priority queue).\n\n"
                + "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
                + "all k, counting elements from 0.  For the sake of comparison,\n"
                + "non-existing elements are considered to be infinite.  The interesting\n"
                + "property of a heap is that a[0] is always its smallest element.\n\n"
                + "Usage:\n\n"
                + "heap = []            # creates an empty heap\n"
                + "heappush(heap, item) # pushes a new item on the heap\n"
                + "item = heappop(heap) # pops the smallest item from the heap\n"
                + "item = heap[0]       # smallest item on the heap without popping it\n"
                + "heapify(x)           # transforms list into a heap, in-place, in linear time\n"
                + "item = heapreplace(heap, item) # pops and returns smallest item, and adds\n"
                + "                               # new item; the heap size is unchanged\n\n"
                + "Our API differs from textbook heap algorithms as follows:\n\n"
                + "- We use 0-based indexing.  This makes the relationship between the\n"
                + "  index for a node and the indexes for its children slightly less\n"
                + "  obvious, but is more suitable since Python uses 0-based indexing.\n\n"
                + "- Our heappop() method returns the smallest item, not the largest.\n\n"
                + "These two make it possible to view the heap as a regular Python list\n"
                + "without surprises: heap[0] is the smallest item, and heap.sort()\n"
                + "maintains the heap invariant!\n"));
    }

    /** CPython: the clinic converter object(subclass_of='&PyList_Type'). */
    private static PyList list(PyObject heap, String func, boolean only) {
        if (heap instanceof PyList l) {
            return l;
        }
        throw Errors.typeError(func + "() argument " + (only ? "" : "1 ") + "must be list, not "
                + (heap == PyNone.NONE ? "None" : heap.type().name));
    }

    /** a < b, or b < a for the max-heap variants. */
    private static boolean less(PyObject a, PyObject b, boolean max) {
        return max ? Abstract.isTrue(Abstract.richCompare(b, a, 0)) : Abstract.isTrue(Abstract.richCompare(a, b, 0));
    }

    /** CPython: siftdown / siftdown_max. Moves heap[pos] towards startpos. */
    private static void siftdown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size;
        if (pos >= size) {
            throw Errors.indexError("index out of range");
        }
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            boolean lt = less(heap.items[pos], heap.items[parentpos], max);
            if (size != heap.size) {
                throw Errors.runtimeError("list changed size during iteration");
            }
            if (!lt) {
                break;
            }
            PyObject[] arr = heap.items;
            PyObject parent = arr[parentpos];
            arr[parentpos] = arr[pos];
            arr[pos] = parent;
            pos = parentpos;
        }
    }

    /** CPython: siftup / siftup_max. Bubbles the smaller child up to a leaf, then sifts down. */
    private static void siftup(PyList heap, int pos, boolean max) {
        int endpos = heap.size;
        int startpos = pos;
        if (pos >= endpos) {
            throw Errors.indexError("index out of range");
        }
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                if (!less(heap.items[childpos], heap.items[childpos + 1], max)) {
                    childpos++;
                }
                if (endpos != heap.size) {
                    throw Errors.runtimeError("list changed size during iteration");
                }
            }
            PyObject[] arr = heap.items;
            PyObject tmp = arr[childpos];
            arr[childpos] = arr[pos];
            arr[pos] = tmp;
            pos = childpos;
        }
        siftdown(heap, startpos, pos, max);
    }

    @PyMethod(sig = "(heap, item, /)")
    public static PyObject heappush(PyObject heap, PyObject item) {
        PyList l = list(heap, "heappush", false);
        l.append(item);
        siftdown(l, 0, l.size - 1, false);
        return PyNone.NONE;
    }

    /** CPython: heappop_internal. */
    private static PyObject pop(PyList heap, boolean max) {
        int n = heap.size;
        if (n == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject last = heap.pop(-1);
        if (n == 1) {
            return last;
        }
        PyObject result = heap.items[0];
        heap.items[0] = last;
        siftup(heap, 0, max);
        return result;
    }

    /** CPython: heapreplace_internal. */
    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject result = heap.items[0];
        heap.items[0] = item;
        siftup(heap, 0, max);
        return result;
    }

    /** CPython: heapify_internal, with cache_friendly_heapify for lists over 2500 items. */
    private static void heapifyList(PyList heap, boolean max) {
        int n = heap.size;
        if (n > 2500) {
            int m = n >> 1;
            int leftmost = Integer.highestOneBit(m + 1) - 1;
            int mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--) {
                siftupRun(heap, i, max);
            }
            for (int i = m - 1; i >= leftmost; i--) {
                siftupRun(heap, i, max);
            }
            return;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) {
            siftup(heap, i, max);
        }
    }

    /** Sifts up i, then its ancestors while i is a right... left child (odd index). */
    private static void siftupRun(PyList heap, int j, boolean max) {
        while (true) {
            siftup(heap, j, max);
            if ((j & 1) == 0) {
                break;
            }
            j >>= 1;
        }
    }

    @PyMethod(sig = "(heap, /)")
    public static PyObject heappop(PyObject heap) {
        return pop(list(heap, "heappop", true), false);
    }

    @PyMethod(sig = "(heap, item, /)")
    public static PyObject heapreplace(PyObject heap, PyObject item) {
        return replace(list(heap, "heapreplace", false), item, false);
    }

    /** CPython: _heapq_heappushpop_impl. */
    @PyMethod(sig = "(heap, item, /)")
    public static PyObject heappushpop(PyObject heap, PyObject item) {
        PyList l = list(heap, "heappushpop", false);
        if (l.size == 0) {
            return item;
        }
        if (!less(l.items[0], item, false)) {
            return item;
        }
        if (l.size == 0) {
            throw Errors.indexError("index out of range");
        }
        return replace(l, item, false);
    }

    @PyMethod(sig = "(heap, /)")
    public static PyObject heapify(PyObject heap) {
        heapifyList(list(heap, "heapify", true), false);
        return PyNone.NONE;
    }

    @PyMethod(sig = "(heap, /)")
    public static PyObject _heappop_max(PyObject heap) {
        return pop(list(heap, "_heappop_max", true), true);
    }

    @PyMethod(sig = "(heap, item, /)")
    public static PyObject _heapreplace_max(PyObject heap, PyObject item) {
        return replace(list(heap, "_heapreplace_max", false), item, true);
    }

    @PyMethod(sig = "(heap, /)")
    public static PyObject _heapify_max(PyObject heap) {
        heapifyList(list(heap, "_heapify_max", true), true);
        return PyNone.NONE;
    }
}
