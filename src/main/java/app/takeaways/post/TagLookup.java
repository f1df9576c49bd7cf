package app.takeaways.post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Tags by slug, found or created: the one place tags come into being.
 */
@Component
class TagLookup {

	private final TagRepository tags;

	TagLookup(TagRepository tags) {
		this.tags = tags;
	}

	/**
	 * The tags with these slugs, found with one statement; those not found yet are
	 * created with the name given.
	 */
	Map<String, Tag> findOrCreate(List<PostContent.TagName> names) {
		Map<String, Tag> found = new HashMap<>();
		if (names.isEmpty()) {
			return found;
		}
		this.tags.findBySlugIn(names.stream().map(PostContent.TagName::slug).distinct().toList())
			.forEach((tag) -> found.put(tag.getSlug(), tag));
		for (PostContent.TagName name : names) {
			found.computeIfAbsent(name.slug(), (slug) -> this.tags.save(new Tag(slug, name.name())));
		}
		return found;
	}

}
