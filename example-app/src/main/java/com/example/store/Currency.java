package com.example.store;

/** The currencies prices can be shown in; an unknown one is a 422 naming these. */
public enum Currency { EUR, USD, GBP, CHF }
