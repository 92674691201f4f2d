#!/usr/bin/env bash
# Copies the licence and notice texts of the bundled libraries into resources/licenses/third-party/, from the jars
# in the local Maven repository, the JDK's java.base module (GPLv2 with the Classpath Exception, the licence of
# OpenJDK and OpenJFX) and Debian's common-licenses. Run it after changing a dependency version and review the diff;
# THIRD-PARTY-NOTICES.txt (hand-written) names each component, version, licence and copyright. The AtlantaFX and
# FXGraphics2D texts are hand-written too: their jars carry no licence file (taken from their public repositories).
set -euo pipefail
cd "$(dirname "$0")"
m2="${M2_REPO:-$HOME/.m2/repository}"
out=third-party
mkdir -p "$out"

from_jar() { # jar, entry, target
    unzip -p "$m2/$1" "$2" > "$out/$3"
}

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
jmod extract --dir "$tmp" "$java_home/jmods/java.base.jmod" >/dev/null
cp "$tmp/legal/LICENSE" "$out/GPL-2.0-with-Classpath-Exception.txt"

cp /usr/share/common-licenses/Apache-2.0 "$out/Apache-2.0.txt"
cp /usr/share/common-licenses/LGPL-2.1 "$out/LGPL-2.1.txt"
cp /usr/share/common-licenses/MPL-2.0 "$out/MPL-2.0.txt"

from_jar org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar META-INF/NOTICE.txt commons-math3-NOTICE.txt
from_jar org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar META-INF/LICENSE.txt commons-math3-LICENSE.txt
jackson=com/fasterxml/jackson/core/jackson-core/2.21.3/jackson-core-2.21.3.jar
from_jar "$jackson" META-INF/NOTICE jackson-core-NOTICE.txt
from_jar "$jackson" META-INF/FastDoubleParser-LICENSE jackson-core-FastDoubleParser-LICENSE.txt
from_jar "$jackson" META-INF/FastDoubleParser-ThirdParty-LICENSE jackson-core-FastDoubleParser-ThirdParty-LICENSE.txt
from_jar "$jackson" META-INF/Schubfach-LICENSE jackson-core-Schubfach-LICENSE.txt
from_jar com/fasterxml/jackson/core/jackson-databind/2.21.3/jackson-databind-2.21.3.jar META-INF/NOTICE \
    jackson-databind-NOTICE.txt
pg=org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar
from_jar "$pg" META-INF/LICENSE PostgreSQL-JDBC-LICENSE.txt
for lib in com.ongres.scram/scram-client-3.2 com.ongres.scram/scram-common-3.2 \
           com.ongres.stringprep/saslprep-2.2 com.ongres.stringprep/stringprep-2.2; do
    from_jar "$pg" "META-INF/licenses/$lib/META-INF/LICENSE" "PostgreSQL-JDBC-bundled-${lib#*/}-LICENSE.txt"
done
from_jar org/checkerframework/checker-qual/3.49.5/checker-qual-3.49.5.jar META-INF/LICENSE.txt checker-qual-LICENSE.txt
echo "Wrote $(ls "$out" | wc -l) files to $(pwd)/$out"
