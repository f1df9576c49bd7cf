package app.takeaways.discovery;

import java.time.Instant;
import java.util.List;

import app.takeaways.post.TagView;

/**
 * One post found by a search, with the matching words marked.
 *
 * @param slug the post's address
 * @param title its title
 * @param excerpt a passage of the lead or body, around the first match where there is one
 * @param takeaways the takeaways that matched, in the post's order (at most three)
 * @param author who wrote it
 * @param publishedAt when it appeared
 * @param tags its tags
 */
record SearchResult(String slug, Highlighted title, Highlighted excerpt, List<MatchedTakeaway> takeaways, String author,
		Instant publishedAt, List<TagView> tags) {

	/**
	 * A takeaway that matched: its number, anchor, heading and a passage of its body.
	 */
	record MatchedTakeaway(int position, String anchor, Highlighted heading, Highlighted body) {
	}

}
