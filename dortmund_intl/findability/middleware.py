from django.urls import reverse


class NoIndexAdminMiddleware:
    """The admin and its previews are never indexed: "X-Robots-Tag: noindex, nofollow"
    on every response below the admin's address (a preview renders a public template,
    so its <meta name="robots"> is set from the view too)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        if self.prefix is None:
            self.prefix = reverse("admin:index")
        response = self.get_response(request)
        if request.path.startswith(self.prefix):
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response
