package org.minzheng.rescue.network;

/**
 * One person at a training: a station's staff member or a grid worker.
 *
 * @param where the station of a staff member, the region code of a grid worker
 * @param roleKey message key of the post or duty
 */
record Attendee(boolean gridWorker, long personId, String name, String where, String roleKey) {}
