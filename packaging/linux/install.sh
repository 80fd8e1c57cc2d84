#!/bin/sh
# Put Quiet Legs in the desktop's menu, with its icon.
#
#   ./install.sh              for you alone: into ~/.local (no administrator rights needed)
#   sudo ./install.sh --system   for everyone on this computer: into /usr/local
#   ./install.sh --uninstall  (or --system --uninstall) takes it all away again; your journal stays
#
# Run it from the unpacked bundle folder (it copies the bundle into place), or from
# packaging/linux/ of a source checkout after `pipx install .` or `pip install .` (it then only
# adds the menu entry and icons for the `quietlegs` command already on your PATH).
set -eu

APP_ID=org.quietlegs.QuietLegs
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
uninstall=no
for arg in "$@"; do
  case "$arg" in
    --system) prefix=/usr/local ;;
    --uninstall) uninstall=yes ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

apps="$prefix/share/applications"
metainfo="$prefix/share/metainfo"
icons="$prefix/share/icons/hicolor"
bundle_home="$prefix/lib/quietlegs"
bin="$prefix/bin"
sizes="16 24 32 48 64 128 256 512"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$icons" || true
}

if [ "$uninstall" = yes ]; then
  rm -f "$apps/$APP_ID.desktop" "$metainfo/$APP_ID.metainfo.xml" "$icons/scalable/apps/quietlegs.svg"
  for s in $sizes; do rm -f "$icons/${s}x${s}/apps/quietlegs.png"; done
  if [ -L "$bin/quietlegs" ] && [ "$(readlink "$bin/quietlegs")" = "$bundle_home/quietlegs" ]; then
    rm -f "$bin/quietlegs"
  fi
  rm -rf "$bundle_home"
  refresh
  echo "Quiet Legs is removed. Your journal was not touched."
  exit 0
fi

# Where the files come from: the bundle folder, or a source checkout.
if [ -x "$here/quietlegs" ] && [ -d "$here/_internal" ]; then
  icon_src="$here/_internal/quietlegs/assets/icons"
  desktop_src="$here/$APP_ID.desktop"
  metainfo_src="$here/$APP_ID.metainfo.xml"
  mkdir -p "$bin" "$(dirname "$bundle_home")"
  if [ "$here" != "$bundle_home" ]; then
    rm -rf "$bundle_home"
    cp -R "$here" "$bundle_home"
  fi
  ln -sf "$bundle_home/quietlegs" "$bin/quietlegs"
  program="$bundle_home/quietlegs"
else
  icon_src="$here/../../resources/icons"
  desktop_src="$here/$APP_ID.desktop"
  metainfo_src="$here/$APP_ID.metainfo.xml"
  program=$(command -v quietlegs || true)
  if [ -z "$program" ]; then
    echo "install.sh: no quietlegs command found; install it first (pipx install .)" >&2
    exit 1
  fi
fi

mkdir -p "$apps" "$metainfo" "$icons/scalable/apps"
# The menu entry starts the program by its full path: a desktop session's PATH may lack ~/.local/bin.
sed -e "s|^Exec=quietlegs|Exec=$program|" -e "s|^TryExec=quietlegs|TryExec=$program|" \
  "$desktop_src" > "$apps/$APP_ID.desktop"
chmod 644 "$apps/$APP_ID.desktop"
install -m 644 "$metainfo_src" "$metainfo/$APP_ID.metainfo.xml"
install -m 644 "$icon_src/quietlegs.svg" "$icons/scalable/apps/quietlegs.svg"
for s in $sizes; do
  mkdir -p "$icons/${s}x${s}/apps"
  install -m 644 "$icon_src/quietlegs-$s.png" "$icons/${s}x${s}/apps/quietlegs.png"
done
refresh
echo "Quiet Legs is installed: find it in your menu, or run $program"
