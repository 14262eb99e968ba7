package org.mentorlog.base.ui;

/**
 * A number shown next to a navigation entry, such as the logs waiting for review. Features provide
 * these as beans, so the layout never needs to know them.
 */
public interface MenuBadge {

    /** The route path of the entry, without a leading slash. */
    String path();

    /** The number to show; called only for users who can see the entry. Zero shows nothing. */
    long count();
}
