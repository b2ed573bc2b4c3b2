app_name = "europe"

urlpatterns = []
