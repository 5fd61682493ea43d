package org.minzheng.rescue.escort;

enum Transport {
    TRAIN,
    BUS,
    CAR,
    PLANE;

    public String messageKey() {
        return "rescue.escort.transport." + name();
    }
}
