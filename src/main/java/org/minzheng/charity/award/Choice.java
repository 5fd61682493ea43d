package org.minzheng.charity.award;

/** A donor or project offered on the nomination form. */
record Choice(long id, String name) {}
