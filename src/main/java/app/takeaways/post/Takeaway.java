package app.takeaways.post;

import app.takeaways.takeaway.TakeawayView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One key point of a post: a short heading and a plain-text body. Part of the
 * {@link Post} aggregate: saved, loaded and replaced with its post, never on its own. Its
 * anchor is made from the heading once, when the takeaway is created, and then kept, so
 * links to {@code #anchor} survive later edits and reordering.
 */
@Entity
class Takeaway {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 80)
	private String anchor;

	@Column(nullable = false, length = TakeawayView.HEADING_MAX)
	private String heading;

	@Column(nullable = false, length = TakeawayView.BODY_MAX)
	private String body;

	protected Takeaway() {
	}

	Takeaway(String anchor, String heading, String body) {
		this.anchor = anchor;
		this.heading = heading;
		this.body = body;
	}

	/**
	 * Zero-based place in the post's list; set by the post that owns it.
	 */
	int getPosition() {
		return this.position;
	}

	void placeAt(int position) {
		this.position = position;
	}

	String getAnchor() {
		return this.anchor;
	}

	String getHeading() {
		return this.heading;
	}

	String getBody() {
		return this.body;
	}

	TakeawayView toView() {
		return view(this.position, this.anchor, this.heading, this.body);
	}

	/**
	 * A stored takeaway as shown: stored positions count from zero, shown ones from one.
	 */
	static TakeawayView view(int position, String anchor, String heading, String body) {
		return new TakeawayView(position + 1, anchor, heading, body);
	}

}
