package app.takeaways.takeaway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One key point of a post: a short heading and a plain-text body. Its anchor is made from
 * the heading once, when the takeaway is created, and then kept, so links to
 * {@code #anchor} survive later edits and reordering.
 */
@Entity
public class Takeaway {

	public static final int HEADING_MAX = 120;

	public static final int BODY_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 80)
	private String anchor;

	@Column(nullable = false, length = HEADING_MAX)
	private String heading;

	@Column(nullable = false, length = BODY_MAX)
	private String body;

	protected Takeaway() {
	}

	public Takeaway(String anchor, String heading, String body) {
		this.anchor = anchor;
		this.heading = heading;
		this.body = body;
	}

	public Long getId() {
		return this.id;
	}

	/**
	 * Zero-based place in the post's list; set by the post that owns it.
	 */
	public int getPosition() {
		return this.position;
	}

	public void placeAt(int position) {
		this.position = position;
	}

	public String getAnchor() {
		return this.anchor;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

	public TakeawayView toView() {
		return new TakeawayView(this.position + 1, this.anchor, this.heading, this.body);
	}

}
