app_name = "sdg"

urlpatterns = []
