-- CreateEnum
CREATE TYPE "Role" AS ENUM ('reader', 'editor');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('out_of_date', 'cant_find');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('open', 'resolved', 'duplicate');

-- AlterTable
ALTER TABLE "StepReport" ADD COLUMN     "handledAt" TIMESTAMP(3),
ADD COLUMN     "kind" "ReportKind" NOT NULL DEFAULT 'out_of_date',
ADD COLUMN     "note" TEXT,
ADD COLUMN     "status" "ReportStatus" NOT NULL DEFAULT 'open';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastDigestAt" TIMESTAMP(3),
ADD COLUMN     "role" "Role" NOT NULL DEFAULT 'reader';

-- CreateTable
CREATE TABLE "StepStats" (
    "guide" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "ticks30d" INTEGER NOT NULL,
    "outOfDate30d" INTEGER NOT NULL,
    "cantFind30d" INTEGER NOT NULL,
    "ticks7d" INTEGER NOT NULL,
    "signals7d" INTEGER NOT NULL,
    "ticksPrior30d" INTEGER NOT NULL,
    "signalsPrior30d" INTEGER NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StepStats_pkey" PRIMARY KEY ("guide","stepId")
);

-- CreateIndex
CREATE INDEX "StepReport_status_createdAt_idx" ON "StepReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "StepReport_createdAt_idx" ON "StepReport"("createdAt");
