package app.takeaways.editor;

import app.takeaways.common.PlainText;
import app.takeaways.takeaway.TakeawayView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One takeaway row of the editor form. {@code anchor} is empty for a new row and carried
 * in a hidden field for a saved one, so it never changes when rows move or are renamed.
 */
public class TakeawayForm {

	private String anchor = "";

	@NotBlank
	@Size(max = TakeawayView.HEADING_MAX)
	@PlainText
	private String heading = "";

	@Size(max = TakeawayView.BODY_MAX)
	@PlainText
	private String body = "";

	public TakeawayForm() {
	}

	public TakeawayForm(String anchor, String heading, String body) {
		this.anchor = anchor;
		this.heading = heading;
		this.body = body;
	}

	boolean isEmpty() {
		return blank(this.heading) && blank(this.body);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getAnchor() {
		return this.anchor;
	}

	public void setAnchor(String anchor) {
		this.anchor = anchor;
	}

	public String getHeading() {
		return this.heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
