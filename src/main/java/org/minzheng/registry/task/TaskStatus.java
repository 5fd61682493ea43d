package org.minzheng.registry.task;

/** Open until the village assistant records its outcome. */
public enum TaskStatus {
    OPEN,
    DONE
}
