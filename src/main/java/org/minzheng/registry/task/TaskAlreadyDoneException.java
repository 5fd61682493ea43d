package org.minzheng.registry.task;

/** The task was completed already, by this assistant in another tab or by a colleague. */
class TaskAlreadyDoneException extends RuntimeException {

    TaskAlreadyDoneException(long id) {
        super("Task " + id + " is done already");
    }
}
