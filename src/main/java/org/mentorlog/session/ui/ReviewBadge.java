package org.mentorlog.session.ui;

import org.mentorlog.base.ui.MenuBadge;
import org.mentorlog.session.ReviewService;
import org.springframework.stereotype.Component;

/** How many logs wait for the team leader, next to "To review". */
@Component
class ReviewBadge implements MenuBadge {

    private final ReviewService reviews;

    ReviewBadge(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String path() {
        return "reviews";
    }

    @Override
    public long count() {
        return reviews.waiting();
    }
}
