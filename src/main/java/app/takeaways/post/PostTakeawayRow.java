package app.takeaways.post;

import app.takeaways.takeaway.TakeawayView;

/**
 * One takeaway of a post, as the database returns it: read without loading the post.
 */
record PostTakeawayRow(long postId, int position, String anchor, String heading, String body) {

	TakeawayView toView() {
		return Takeaway.view(this.position, this.anchor, this.heading, this.body);
	}

}
