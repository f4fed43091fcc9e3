package test;

public enum Greeting { HELLO, HI }
