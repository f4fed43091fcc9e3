package dev.hotpath.it.forms;

/** An enum form field. */
public enum Plan { FREE, PRO }
