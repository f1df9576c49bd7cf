package app.takeaways.editor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions as a backup keeps them: read for a page of posts at once, and put back onto a
 * restored post as they were (numbers, authors, notes, dates and content).
 */
@Component
public class RevisionArchive {

	private final RevisionRepository revisions;

	RevisionArchive(RevisionRepository revisions) {
		this.revisions = revisions;
	}

	/**
	 * The revisions of these posts, oldest first, by post id; posts without any are
	 * absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Archived>> of(Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return Map.of();
		}
		return this.revisions.findByPostIdInOrderByPostIdAscNumberAsc(postIds)
			.stream()
			.collect(
					Collectors.groupingBy(Revision::getPostId,
							Collectors.mapping(
									(revision) -> new Archived(revision.getNumber(), revision.getAuthor(),
											revision.getNote(), revision.getCreatedAt(), revision.getSnapshot()),
									Collectors.toList())));
	}

	/**
	 * Puts archived revisions onto a post that has none yet.
	 */
	@Transactional
	public void restore(long postId, List<Archived> archived) {
		for (Archived revision : archived) {
			this.revisions.save(new Revision(postId, revision.number(), clip(revision.author(), 60),
					clip(revision.note(), 200), revision.createdAt(), revision.snapshot()));
		}
	}

	private static String clip(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/**
	 * One revision in an archive.
	 *
	 * @param number its number, from 1
	 * @param author who saved it
	 * @param note what the save was (a message key such as {@code revision.saved})
	 * @param createdAt when
	 * @param snapshot the post's whole content then, as JSON
	 */
	public record Archived(int number, String author, String note, Instant createdAt, String snapshot) {
	}

}
