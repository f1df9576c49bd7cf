package app.takeaways.post;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetiredSlugRepository extends JpaRepository<RetiredSlug, String> {

}
