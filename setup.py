"""Maps resources/ (the repository's one home of icons and help) into the package as
quietlegs.assets; everything else about the build is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "quietlegs.assets"],
    package_dir={"": "src", "quietlegs.assets": "resources"},
)
