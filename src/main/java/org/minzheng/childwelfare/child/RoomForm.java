package org.minzheng.childwelfare.child;

/** Moves the child to another room of the same institution; no room means none assigned. */
record RoomForm(Long roomId) {}
