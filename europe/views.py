from dortmund_intl.views import PageView

from . import selectors


class AwardIndexView(PageView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["awards"], context["ladder"] = selectors.awards_overview(self.object)
        return context


class AwardView(PageView):
    """An award; a stage of the Europe Prize also shows the whole ladder."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.europe_prize_stage:
            context["ladder"] = selectors.europe_prize_ladder()
        return context


class NetworkIndexView(PageView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["networks"] = selectors.networks_under(self.object)
        return context


class ProjectIndexView(PageView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["projects"] = selectors.projects_under(self.object)
        return context
