-- DropIndex
DROP INDEX "StepReport_clientKey_createdAt_idx";

-- AlterTable
ALTER TABLE "StepReport" DROP COLUMN "clientKey";

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");
