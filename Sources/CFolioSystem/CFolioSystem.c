// SwiftPM needs a source file in a C target; everything CFolioSystem offers is in its header.
#include "CFolioSystem.h"
