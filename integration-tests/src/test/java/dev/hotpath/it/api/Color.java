package dev.hotpath.it.api;

public enum Color { RED, GREEN, BLUE }
