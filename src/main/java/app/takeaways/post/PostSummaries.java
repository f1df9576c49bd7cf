package app.takeaways.post;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;

/**
 * Turns rows of a post list into summaries with their tags and approved-comment counts:
 * two more statements per page, however long the page.
 */
@Component
class PostSummaries {

	private final PostsById byId;

	private final DiscussionSource discussions;

	private final PictureSource pictures;

	PostSummaries(PostsById byId, DiscussionSource discussions, PictureSource pictures) {
		this.byId = byId;
		this.discussions = discussions;
		this.pictures = pictures;
	}

	Slice<PostSummary> of(Slice<PostSummaryRow> rows) {
		return new SliceImpl<>(of(rows.getContent()), rows.getPageable(), rows.hasNext());
	}

	List<PostSummary> of(List<PostSummaryRow> rows) {
		List<Long> ids = rows.stream().map(PostSummaryRow::id).toList();
		Map<Long, List<TagView>> tags = this.byId.tags(ids);
		Map<Long, Integer> counts = ids.isEmpty() ? Map.of() : this.discussions.approvedCounts(ids);
		Map<String, Picture> leadImages = this.pictures.pictures(
				rows.stream().map(PostSummaryRow::leadImage).filter(Objects::nonNull).collect(Collectors.toSet()));
		return rows.stream()
			.map((row) -> new PostSummary(row.slug(), row.title(), Excerpts.of(row.lead()), row.author(),
					row.publishedAt(), row.takeawayCount(), counts.getOrDefault(row.id(), 0),
					tags.getOrDefault(row.id(), List.of()),
					(row.leadImage() != null) ? leadImages.get(row.leadImage()) : null))
			.toList();
	}

}
