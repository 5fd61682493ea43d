package org.minzheng.charity.disclosure;

/** How many households a project helps in one township; the township is the finest the public sees. */
record TownshipCount(String townshipCode, String townshipName, int households) {}
