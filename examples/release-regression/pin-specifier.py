# kb: output release-regression/pin-specifier.txt
# What a requirement line lets pip install, checked with packaging (the library pip itself uses).
# --8<-- [start:show]
from packaging.specifiers import SpecifierSet

releases = ["4.51.3", "4.52.0", "4.52.1", "4.52.4", "4.53.0"]
for requirement in ["==4.51.3", "!=4.52.0", ">=4.51,<4.52", "~=4.52.1"]:
    allowed = [release for release in releases if release in SpecifierSet(requirement)]
    print(f"transformers{requirement:<14} allows {allowed}")
# --8<-- [end:show]
