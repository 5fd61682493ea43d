package org.minzheng.registry.feed;

/** The department whose key came with a feed API request. */
record FeedDepartmentPrincipal(String code) {

    static final String AUTHORITY = "FEED_API";
}
