package org.minzheng.registry.feed;

/** A department that delivers records; {@code apiOpen} when it holds an API key. */
record FeedDepartment(String code, String name, boolean active, boolean apiOpen) {}
