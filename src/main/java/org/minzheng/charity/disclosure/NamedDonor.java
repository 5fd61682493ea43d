package org.minzheng.charity.disclosure;

/** A donor who agreed to be named (慈善法 art. 82), with what they gave. */
record NamedDonor(String name, String kind, int gifts, long totalFen) {

    public String kindKey() {
        return "charity.disclosure.donorKind." + kind;
    }
}
