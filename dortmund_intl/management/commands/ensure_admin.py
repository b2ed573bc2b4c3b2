import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Creates the first administrator account with a generated password and prints it "
        "once. Does nothing when an administrator exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(15)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.WARNING(
                "\nAn administrator account was created. Note the password now; it is "
                "not shown again.\n"
                f"  user:     {username}\n  password: {password}\n"
                "  admin:    /admin/\n"
            )
        )
