package org.matcha.ast;

/**
 * A str constant that a Java String cannot hold: it contains a lone high surrogate directly
 * followed by a lone low surrogate (from escapes such as '\ud800\udc80'), which is two code
 * points in Python but would read back as one astral character from UTF-16.
 */
public record CodePoints(int[] codePoints) {
}
