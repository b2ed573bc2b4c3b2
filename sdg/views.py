from dortmund_intl.views import PageView

from . import selectors


class GoalIndexView(PageView):
    """The overview: a tile per published goal, in the goal's colour."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["goals"] = selectors.goal_tiles()
        return context


class GoalView(PageView):
    """One goal: Dortmund's text, then every published page tagged with the goal."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["tagged_groups"] = selectors.tagged_pages(self.object)
        context["previous_goal"], context["next_goal"] = selectors.neighbours(self.object)
        return context
