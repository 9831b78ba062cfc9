package org.matcha.codecs;

import org.matcha.objects.PyStr;

/** What a stateful decoder returns: the text and how many input bytes it consumed. */
public record DecodeResult(PyStr text, int consumed) {}
